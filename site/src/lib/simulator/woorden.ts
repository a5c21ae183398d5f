/**
 * The simulator's words moved to ../woorden.ts, the site's one dictionary; this module passes them on
 * for Tijdlijn.tsx, which still imports them from here.
 */
export { GEBEURTENISSEN, STAPPEN, woordVoor, type StapId } from '../woorden/formulier.ts';
