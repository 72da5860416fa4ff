export * from './app.ts';
export * from './hud.generated.ts';
export * from './services.ts';
