import { describe, expect, it } from 'vitest';
import { createHash, defaultUrlState, parseHash } from '../../src/state/urlState';

describe('shareable link', () => {
  it('round-trips camera, layers, filters, selection, language and view', () => {
    const s = defaultUrlState();
    s.camera = { center: [108.38, 30.81], zoom: 7.25 };
    s.visible = { ...s.visible, railway: false, 'tibet-xinjiang': true };
    s.filters = { ...s.filters, actions: ['规划建设'], areas: ['old-shaanganning'] };
    s.selection = { kind: 'area', id: 'old-dabieshan', adcode: '341524' };
    s.lang = 'en';
    s.view = 2;
    s.year = 2020;
    const back = parseHash(createHash(s));
    expect(back.notice).toBeNull();
    expect(back.state).toEqual(s);
  });

  it.each([2016, 2020, 2025])('round-trips the year %s as y=', (year) => {
    const hash = createHash({ ...defaultUrlState(), year });
    expect(hash).toContain(`y=${year}`);
    expect(parseHash(hash).state.year).toBe(year);
  });

  it('writes no year for the plan view', () => {
    expect(createHash(defaultUrlState())).not.toMatch(/[&#]y=/);
    expect(parseHash('#v=1&l=railway').state.year).toBeNull();
  });

  it('opens the default map on an empty hash, without a notice', () => {
    expect(parseHash('')).toEqual({ state: defaultUrlState(), notice: null, region: null, regionNotice: null });
  });

  it.each([
    ['#v=0&c=1,2,3', /version 0/],
    ['#c=104,35,3', /no version/],
    ['#v=1&c=abc', /camera/],
    ['#v=1&c=104,95,3', /camera/],
    ['#v=1&l=railway,no-such-layer', /layer "no-such-layer"/],
    ['#v=1&sel=x:1', /selection/],
    ['#v=1&lang=fr', /language/],
    ['#v=1&view=-1', /view/],
    ['#v=1&y=2015', /year "2015"/],
    ['#v=1&y=2026', /year "2026"/],
    ['#v=1&y=20x0', /year "20x0"/],
    ['#v=1&y=2020.5', /year/],
    ['#%E0%A4%A', /unreadable|version/],
  ])('gives the default map and a notice for %s', (hash, why) => {
    const r = parseHash(hash);
    expect(r.state).toEqual(defaultUrlState());
    expect(r.notice?.en).toMatch(why);
    expect(r.notice?.zh).toMatch(/^无法读取该链接（.+），显示默认地图。$/);
  });

  it('keeps the language of a link it cannot read otherwise: the default map in English, as its notice is', () => {
    const r = parseHash('#v=1&c=abc&l=zzz&sel=c:999999&y=1900&r=garbage&lang=en');
    expect(r.state).toEqual({ ...defaultUrlState(), lang: 'en' });
    expect(r.notice?.en).toMatch(/camera "abc"/);
    expect(parseHash('#v=1&c=abc').state.lang).toBe('zh');
    expect(parseHash('#v=1&lang=fr').state.lang).toBe('zh');
  });
});
