/**
 * The names of the performance marks with which the simulator measures itself: a calculation starts
 * (after the short delay that follows a change), and its answers are on the page. The browser test
 * reads the measure and prints how long that took.
 */
export const BEGIN_REKENEN = 'iza:rekenen';
export const ANTWOORD_BIJGEWERKT = 'iza:antwoord-bijgewerkt';
