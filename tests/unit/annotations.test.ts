import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeRange } from '../../common/anchoring/anchor';
import type { Services } from '../../electron/services/service-map';
import { startServices, tempProfile } from '../support/profile';

let profile: ReturnType<typeof tempProfile>;
let services: Services;
let id: string;

beforeEach(async () => {
  profile = tempProfile();
  services = await startServices(profile.dir);
  id = services.library.list()[0]!.id;
});
afterEach(() => profile.remove());

const onDisk = () =>
  JSON.parse(readFileSync(path.join(profile.dir, 'articles', id, 'annotations.json'), 'utf8')) as {
    corrections: { id: string; kind: string }[];
  };

describe('corrections in the annotation store', () => {
  it('removes exactly the correction named, on disk and after a restart', async () => {
    const text = services.library.get(id).text;
    const at = text.indexOf('Hikmet Hajiyev');
    const add = (
      correction: Parameters<Services['handlers']['annotations.addCorrection']>[0]['correction'],
    ) => services.handlers['annotations.addCorrection']({ articleId: id, correction });
    const reject = await add({ kind: 'reject-mention', target: describeRange(text, at, at + 14) });
    const retype = await add({
      kind: 'retype-entity',
      entityName: 'Hikmet Hajiyev',
      entityType: 'person',
      to: 'organization',
    });
    expect(onDisk().corrections.map((c) => c.id)).toEqual([reject.id, retype.id]);

    await services.handlers['annotations.removeCorrection']({ articleId: id, id: reject.id });
    expect(onDisk().corrections.map((c) => c.id)).toEqual([retype.id]);
    const restarted = await startServices(profile.dir);
    expect(restarted.annotations.get(id).corrections).toEqual([retype]);
    expect(() => restarted.annotations.removeCorrection(id, reject.id)).toThrow(/no longer exists/);
  });
});
