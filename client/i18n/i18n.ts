import { LANGUAGES, MESSAGES, type Language, type MessageKey } from './messages.ts';

type Listener = (lang: Language) => void;

/** The current UI language, its messages and number formats; listeners re-render on a switch. */
export class I18n {
  private listeners: Listener[] = [];
  private numberFormats = new Map<string, Intl.NumberFormat>();

  constructor(private current: Language) {}

  get lang(): Language {
    return this.current;
  }

  /** A message with `{name}` placeholders filled in. */
  t(key: MessageKey, params: Record<string, string | number> = {}): string {
    return MESSAGES[this.current][key].replace(/\{(\w+)\}/g, (_, name: string) =>
      String(params[name] ?? `{${name}}`),
    );
  }

  /** Picks the current language of a `{cs, en}` pair (catalog titles and descriptions). */
  pick(text: { cs: string; en: string }): string {
    return text[this.current];
  }

  number(value: number, maximumFractionDigits = 0): string {
    const key = `${this.current}:${maximumFractionDigits}`;
    let format = this.numberFormats.get(key);
    if (!format) {
      format = new Intl.NumberFormat(this.current === 'cs' ? 'cs-CZ' : 'en-GB', { maximumFractionDigits });
      this.numberFormats.set(key, format);
    }
    return format.format(value);
  }

  setLang(lang: Language): void {
    if (lang === this.current) return;
    this.current = lang;
    for (const listener of this.listeners) listener(lang);
  }

  onChange(listener: Listener): void {
    this.listeners.push(listener);
  }
}

export function isLanguage(value: string | undefined): value is Language {
  return (LANGUAGES as readonly string[]).includes(value ?? '');
}

/** Czech, the language of the region's public, unless the link asks for another. */
export function initialLanguage(fromUrl: string | undefined): Language {
  return isLanguage(fromUrl) ? fromUrl : 'cs';
}
