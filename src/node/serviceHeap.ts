// The service entry's first import (src/node/serviceCli.ts): V8's heap settings are applied as this
// module loads, before any other module of the service is (src/node/heapSettings.ts). The percent
// set, if any, is exported so the entry can log it (and so the import is not for side effects alone).
import { applyHeapSettings } from './heapSettings';

export const heapGrowingPercentSet: number | undefined = applyHeapSettings();
