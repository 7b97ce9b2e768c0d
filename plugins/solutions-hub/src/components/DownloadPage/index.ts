export { DownloadPage, formatBytes } from './DownloadPage';
