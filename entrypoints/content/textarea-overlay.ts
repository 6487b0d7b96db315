import HIGHLIGHT_CSS from './highlights.css?inline';

/**
 * A textarea's text is not in the DOM, so highlight ranges cannot point into it. The overlay
 * is a transparent mirror of the textarea, laid exactly over it in our own shadow root
 * (outside the host's editor), whose text node the highlight ranges point into.
 */
const COPIED_STYLES = [
  'boxSizing',
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'fontVariant',
  'fontStretch',
  'letterSpacing',
  'wordSpacing',
  'lineHeight',
  'textTransform',
  'textIndent',
  'textAlign',
  'direction',
  'tabSize',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'borderTopStyle',
  'borderRightStyle',
  'borderBottomStyle',
  'borderLeftStyle',
] as const;

export class TextareaOverlay {
  readonly mirrorText: Text;
  private readonly textarea: HTMLTextAreaElement;
  private readonly host: HTMLElement;
  private readonly mirror: HTMLDivElement;

  constructor(textarea: HTMLTextAreaElement) {
    this.textarea = textarea;
    const doc = textarea.ownerDocument;
    this.host = doc.createElement('talontapa-overlay');
    this.host.style.cssText =
      'position:absolute;top:0;left:0;width:0;height:0;margin:0;padding:0;border:0;pointer-events:none;z-index:2147483646;';
    const shadow = this.host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = HIGHLIGHT_CSS;
    this.mirror = doc.createElement('div');
    this.mirror.setAttribute('aria-hidden', 'true');
    this.mirrorText = doc.createTextNode('');
    this.mirror.append(this.mirrorText);
    shadow.append(style, this.mirror);
    doc.documentElement.append(this.host);
  }

  /** Copies the value, the geometry and the scroll position of the textarea. */
  sync(): void {
    const textarea = this.textarea;
    const mirror = this.mirror;
    if (this.mirrorText.data !== textarea.value) this.mirrorText.data = textarea.value;
    const computed = getComputedStyle(textarea);
    const style = mirror.style;
    for (const key of COPIED_STYLES) style[key] = computed[key];
    const rect = textarea.getBoundingClientRect();
    const view = textarea.ownerDocument.defaultView ?? window;
    style.position = 'absolute';
    style.left = `${rect.left + view.scrollX}px`;
    style.top = `${rect.top + view.scrollY}px`;
    style.width = `${rect.width}px`;
    style.height = `${rect.height}px`;
    style.boxSizing = 'border-box';
    style.borderColor = 'transparent';
    style.color = 'transparent';
    style.whiteSpace = 'pre-wrap';
    style.overflowWrap = 'break-word';
    style.overflow = 'hidden';
    // The textarea's vertical scrollbar narrows its text box; the mirror has none.
    const scrollbar =
      textarea.offsetWidth -
      textarea.clientWidth -
      Number.parseFloat(computed.borderLeftWidth) -
      Number.parseFloat(computed.borderRightWidth);
    style.paddingRight = `${Number.parseFloat(computed.paddingRight) + Math.max(0, scrollbar)}px`;
    mirror.scrollTop = textarea.scrollTop;
    mirror.scrollLeft = textarea.scrollLeft;
  }

  destroy(): void {
    this.host.remove();
  }
}
