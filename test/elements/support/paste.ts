/**
 * A paste event carrying `data`, as the browser fires for Ctrl+V. Firefox's ClipboardEvent
 * constructor drops the clipboardData it is given (getData then returns ''), so there the
 * event's clipboardData is set on the event itself; a real paste in Firefox carries its data.
 */
export function pasteEvent(data: DataTransfer): ClipboardEvent {
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  if (event.clipboardData !== data) Object.defineProperty(event, 'clipboardData', { value: data });
  return event;
}
