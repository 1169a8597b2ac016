// Property tests: on a CI machine (CI=true) every run draws the same inputs, so a result repeats;
// elsewhere each run draws new ones, to keep finding what the fixed seed never draws. A failure
// prints its seed and path either way, to replay it.
import fc from 'fast-check';

if (process.env['CI'] === 'true') fc.configureGlobal({ seed: 20_261_202 });
