/** Scheduling around the first paint: what the reader does not need to start reading waits until it is on screen. */

/** Resolves in a task of its own, so the browser can handle input (and paint, when a frame is due) before it. */
export const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });

/**
 * Resolves once the frame being prepared has been painted: an animation frame runs just before the
 * paint, a task queued from it just after. A hidden page paints nothing, so a timer stands in there.
 */
export const afterPaint = (): Promise<void> =>
  new Promise((resolve) => {
    requestAnimationFrame(() => void nextTask().then(resolve));
    setTimeout(resolve, 100);
  });
