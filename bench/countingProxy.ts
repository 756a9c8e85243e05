// The counting proxy lives in tests/kits (the round-trip tests count with it too); the bench
// sections import it from here as before.
export { sequentialSteps, startCountingProxy, type CountingProxy, type Tally } from '../tests/kits/countingProxy';
