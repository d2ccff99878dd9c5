/**
 * What the start and the life of the desktop JVM need besides the window, kept out of the
 * composition root so that {@code app} holds the wiring only:
 * <ul>
 *   <li>{@link dev.statuslab.launch.Preload}: reads the catalogues and preferences on other
 *       threads while the toolkit starts, so the first frame comes sooner;</li>
 *   <li>{@link dev.statuslab.launch.IdleHeapTrim}: gives memory back to the system after a
 *       burst, once the user is idle;</li>
 *   <li>{@link dev.statuslab.launch.ProbeHook}: lets the benchmarks under {@code bench/}
 *       measure the real window without shipping their code in the app.</li>
 * </ul>
 */
package dev.statuslab.launch;
