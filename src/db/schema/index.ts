export * from './app.ts';
export * from './clients.ts';
export * from './enrollments.ts';
export * from './hud.generated.ts';
export * from './jobs.ts';
export * from './notifications.ts';
export * from './reports.ts';
export * from './services.ts';
