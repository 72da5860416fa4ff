// What a screen of the signed-in app declares: its path, its page, its workspace, its menu entry.
import type { ReactNode } from 'react';
import type { Role } from '../auth/session.tsx';

export type Workspace = 'home' | 'clients' | 'reports' | 'admin';

export type PageRoute = {
  path: string;
  element: ReactNode;
  workspace: Workspace;
  /** Shown in the workspace's side menu when set. */
  nav?: { label: string; group?: string; description?: string };
  /** Who may open it: a role, or any of several (default: every user). */
  role?: Role | readonly Role[];
};
