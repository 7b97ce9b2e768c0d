export { Notes } from './Notes';
export type { NotesProps } from './Notes';
