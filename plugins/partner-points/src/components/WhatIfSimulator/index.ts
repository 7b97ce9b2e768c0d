export { WhatIfSimulator } from './WhatIfSimulator';
export type { WhatIfSimulatorProps } from './WhatIfSimulator';
