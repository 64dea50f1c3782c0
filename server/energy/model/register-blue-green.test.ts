import { describe, expect, it } from 'vitest';
import { annualRainfallMm, blueGreenFeatures, RETENTION } from './blue-green.ts';
import { secondarySchools, type SchoolRow } from './build-register.ts';
import { readRegister } from './read-register.ts';

describe('building register', () => {
  it('keeps one secondary school per address, adding the capacities of units sharing it', () => {
    const row = (izo: string, typ: string, address: string, capacity: number): SchoolRow => ({
      izo,
      typ,
      obec: 'Liberec',
      address,
      capacity,
    });
    const kept = secondarySchools([
      row('3', 'C00', 'Liberec, Horská 167', 510),
      row('1', 'C00', 'Liberec, Horská 167', 200),
      row('2', 'B00', 'Liberec, Horská 167', 900),
      row('4', 'C00', 'Liberec, Jablonecká 999/51', 410),
    ]);
    expect(kept.map((r) => [r.izo, r.capacity])).toEqual([
      ['3', 710],
      ['4', 410],
    ]);
  });

  it('holds the named facilities, the hospitals and fire stations at their real positions, all modelled', async () => {
    const register = await readRegister();
    const count = (type: string) => register.filter((b) => b.type === type).length;
    expect([
      count('school'),
      count('hospital'),
      count('fire_station'),
      count('museum') + count('gallery'),
      count('office'),
    ]).toEqual([20, 13, 10, 4, 1]);
    expect(new Set(register.map((b) => b.code)).size).toBe(register.length);
    expect(register.map((b) => b.id)).toEqual(register.map((_, i) => i + 1));
    for (const name of [
      /^Gymnázium Česká Lípa$/,
      /^STŘEVLIK/,
      /^Gymnázium Dr\. Antona Randy/,
      /Jablonecká 999/,
      /Belgická 4852/,
      /^Obchodní akademie Česká Lípa/,
      /^Léčebna respiračních nemocí Cvikov/,
      /^Střední zdravotnická škola Turnov/,
      /sklářská Kamenický Šenov/,
      /sklářská Železný Brod/,
      /sklářská .*Nový Bor/,
      /^Krajský úřad Libereckého kraje/,
      /^Severočeské muzeum/,
      /^Oblastní galerie Liberec/,
      /^Vlastivědné muzeum a galerie/,
      /^Muzeum Českého ráje/,
    ])
      expect(
        register.filter((b) => name.test(b.name)),
        String(name),
      ).toHaveLength(1);
    for (const b of register) {
      expect(b.lon).toBeGreaterThan(14.34);
      expect(b.lon).toBeLessThan(15.63);
      expect(b.lat).toBeGreaterThan(50.47);
      expect(b.lat).toBeLessThan(51.02);
      expect(b.locationApproximate).toBe(
        b.type !== 'hospital' && b.type !== 'fire_station' ? true : b.code === 'HOS-LRNC',
      );
    }
  });
});

describe('blue-green infrastructure', () => {
  it('has the named examples and retained volumes from area × rainfall × coefficient', async () => {
    const register = await readRegister();
    const features = blueGreenFeatures(register, 1);
    expect(blueGreenFeatures(register, 1)).toEqual(features);
    for (const name of [/Obchodní akademie Česká Lípa/, /SZŠ Turnov/, /parkovací dům Dolní centrum Liberec/])
      expect(
        features.some((f) => name.test(f.name)),
        String(name),
      ).toBe(true);
    const parking = features.find((f) => /parkovací dům/.test(f.name));
    expect(parking?.buildingId).toBeNull();
    expect(new Set(features.map((f) => f.kind))).toEqual(
      new Set(['green_roof', 'rain_tank', 'grey_water', 'rain_garden', 'pond', 'park']),
    );
    for (const f of features) {
      if (f.kind === 'green_roof')
        expect(f.retainedM3Year).toBeCloseTo(
          ((f.areaM2 ?? 0) * f.rainfallMm * RETENTION.green_roof) / 1000,
          0,
        );
      if (f.kind === 'rain_tank') expect(f.potableSavedM3Year).toBe(f.retainedM3Year);
      expect(f.geometry.type).toBe(f.kind === 'rain_tank' || f.kind === 'grey_water' ? 'Point' : 'Polygon');
    }
    expect(annualRainfallMm('Hejnice', 'Liberec')).toBeGreaterThan(
      annualRainfallMm('Česká Lípa', 'Česká Lípa'),
    );
  });
});
