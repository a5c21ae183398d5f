/** The table moved to ../ui/Tabel.tsx; Tijdlijn.tsx still imports it from here. */
export { Tabel, type Kolom } from '../ui/Tabel.tsx';
