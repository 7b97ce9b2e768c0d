export { LabHome, viewsFor } from './LabHome';
