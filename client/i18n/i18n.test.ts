import { describe, expect, it } from 'vitest';
import { I18n, initialLanguage } from './i18n.ts';
import { cs, en } from './messages.ts';

describe('i18n', () => {
  it('has every message in both languages, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(cs).sort());
    for (const [key, value] of Object.entries(en)) expect(value.trim(), key).not.toBe('');
  });

  it('fills placeholders and formats numbers per language', () => {
    const i18n = new I18n('cs');
    expect(i18n.t('opacityOf', { name: 'Obce' })).toBe('Krytí vrstvy Obce');
    expect(i18n.number(104802)).toBe('104\u00a0802');
    i18n.setLang('en');
    expect(i18n.t('opacityOf', { name: 'Municipalities' })).toBe('Opacity of Municipalities');
    expect(i18n.number(1234.567, 1)).toBe('1,234.6');
  });

  it('notifies listeners on a switch only', () => {
    const i18n = new I18n('cs');
    const seen: string[] = [];
    i18n.onChange((lang) => seen.push(lang));
    i18n.setLang('cs');
    i18n.setLang('en');
    expect(seen).toEqual(['en']);
  });

  it('starts in Czech unless the link asks for English', () => {
    expect(initialLanguage(undefined)).toBe('cs');
    expect(initialLanguage('en')).toBe('en');
    expect(initialLanguage('xx')).toBe('cs');
  });
});
