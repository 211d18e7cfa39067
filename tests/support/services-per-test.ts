import { afterEach, beforeEach } from 'vitest';
import type { Services } from '../../electron/services/service-map';
import { startServices, tempProfile, type StartOptions } from './profile';

/**
 * Gives each test of the file (or describe block) that calls it a fresh profile folder and the
 * services started on it; after the test every services instance it started is closed (their
 * worker threads stopped) and the folder removed.
 */
export function servicesPerTest(opts: StartOptions = {}) {
  let profile: { dir: string; remove: () => void } | null = null;
  const started: Services[] = [];
  const start = async (more: StartOptions = {}) => {
    const services = await startServices(ready().dir, { ...opts, ...more });
    started.push(services);
    return services;
  };
  const ready = () => {
    if (!profile) throw new Error('servicesPerTest: used outside a test');
    return profile;
  };
  let current: Services | null = null;

  beforeEach(async () => {
    profile = tempProfile();
    current = await start();
  });
  afterEach(async () => {
    await Promise.all(started.splice(0).map((s) => s.close()));
    profile?.remove();
    profile = current = null;
  });

  return {
    get dir(): string {
      return ready().dir;
    },
    get services(): Services {
      if (!current) throw new Error('servicesPerTest: used outside a test');
      return current;
    },
    /** Services started again on the same folder, as after quitting Gloss and starting it. */
    restart: start,
  };
}
