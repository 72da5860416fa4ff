// The signed-in user, shared by every screen. `me` is null when signed out.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useEffect } from 'react';
import { type Language, switchLanguage } from '../i18n/i18n.ts';
import { ApiError, api, onUnauthorized } from '../lib/api.ts';

export type Role = 'case_manager' | 'program_manager' | 'data_quality_officer' | 'hmis_admin';
export type Me = {
  id: string;
  username: string;
  firstName: string;
  lastName: string;
  roles: Role[];
  organizations: { id: string; name: string; victimServiceProvider: boolean }[];
  currentOrganizationId: string | null;
  mustChangePassword: boolean;
  hasSecurityQuestion: boolean;
  sessionIdleMinutes: number;
  passwordRules: string;
  /** Chosen in Settings; null: the screens follow the browser. */
  language: Language | null;
};

type SessionValue = { me: Me | null; loading: boolean; refresh: () => Promise<void>; setMe: (me: Me | null) => void };
const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const qc = useQueryClient();
  const query = useQuery({
    queryKey: ['me'],
    queryFn: async () => {
      try {
        return await api.get<Me>('/api/auth/me');
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) return null;
        throw e;
      }
    },
    staleTime: 60_000,
    retry: false,
  });
  useEffect(
    () =>
      onUnauthorized(() => {
        qc.setQueryData(['me'], null);
      }),
    [qc],
  );
  // The language saved on the account wins over the browser's, on any device, from sign-in on.
  const savedLanguage = query.data?.language;
  useEffect(() => {
    if (savedLanguage) void switchLanguage(savedLanguage);
  }, [savedLanguage]);
  const value: SessionValue = {
    me: query.data ?? null,
    loading: query.isLoading,
    refresh: async () => {
      await qc.invalidateQueries({ queryKey: ['me'] });
    },
    setMe: (me) => {
      // Set 'me' first, then drop the other cached data: clearing the whole cache first left this
      // provider watching a removed query, so signing out did not leave the signed-in screens.
      qc.setQueryData(['me'], me);
      if (!me) qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
    },
  };
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const v = useContext(SessionContext);
  if (!v) throw new Error('useSession outside SessionProvider');
  return v;
}

/** The signed-in user; only for screens inside the signed-in shell. */
export function useMe(): Me {
  const { me } = useSession();
  if (!me) throw new Error('useMe while signed out');
  return me;
}

/** True when the user has the role, or any of the roles (HMIS admins have every role). */
export function hasRole(me: Me, role: Role | readonly Role[]): boolean {
  if (Array.isArray(role)) return role.some((r) => hasRole(me, r));
  return role === 'case_manager' || me.roles.includes(role as Role) || me.roles.includes('hmis_admin');
}
