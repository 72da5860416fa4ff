// Preloaded into the Hearth process by `bench:jobs` (`--import ./bench/loop-delay-probe.mjs`): how
// long the thread that serves requests was kept from its event loop. On SIGUSR2 it prints the
// delay since the previous signal (p50/p99/max, ms) and starts counting afresh.
import { monitorEventLoopDelay } from 'node:perf_hooks';

const histogram = monitorEventLoopDelay({ resolution: 10 });
histogram.enable();
const ms = (ns) => (ns / 1e6).toFixed(0);
process.on('SIGUSR2', () => {
  console.log(
    `event-loop-delay p50=${ms(histogram.percentile(50))} p99=${ms(histogram.percentile(99))} max=${ms(histogram.max)}`,
  );
  histogram.reset();
});
