import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { ApiError, ensureCsrf, get, onSessionExpired, post, put, setCsrfToken } from "../api/client";
import type { Center, User } from "../api/types";

/** What GET /api/me, login and a password change answer. */
type Me = { user: User; csrfToken: string; center: Center };

type Auth = {
  /** The signed-in user; null when signed out; undefined while the session is being checked. */
  user: User | null | undefined;
  center: Center | null;
  login(username: string, password: string): Promise<User>;
  logout(): Promise<void>;
  refresh(): Promise<void>;
  changePassword(currentPassword: string, newPassword: string): Promise<void>;
};

const AuthContext = createContext<Auth | null>(null);

/** Keeps who is signed in, their center and their CSRF token, for the whole app. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);

  const accept = useCallback((m: Me) => {
    setCsrfToken(m.csrfToken);
    setMe(m);
  }, []);

  const refresh = useCallback(async () => {
    try {
      accept(await get<Me>("/api/me"));
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) setMe(null);
      else throw e;
    }
  }, [accept]);

  useEffect(() => {
    refresh().catch(() => setMe(null));
    return onSessionExpired(() => setMe(null));
  }, [refresh]);

  const login = useCallback(
    async (username: string, password: string) => {
      await ensureCsrf();
      const m = await post<Me>("/api/auth/login", { username, password });
      accept(m);
      return m.user;
    },
    [accept],
  );

  const logout = useCallback(async () => {
    try {
      await post("/api/auth/logout");
    } finally {
      setCsrfToken(null);
      setMe(null);
    }
  }, []);

  const changePassword = useCallback(
    async (currentPassword: string, newPassword: string) => accept(await put<Me>("/api/me/password", { currentPassword, newPassword })),
    [accept],
  );

  const value = useMemo(
    () => ({ user: me === undefined ? undefined : (me?.user ?? null), center: me?.center ?? null, login, logout, refresh, changePassword }),
    [me, login, logout, refresh, changePassword],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const a = useContext(AuthContext);
  if (!a) throw new Error("useAuth outside AuthProvider");
  return a;
}

/** The signed-in user (only inside the signed-in part of the app). */
export function useUser(): User {
  const { user } = useAuth();
  if (!user) throw new Error("useUser without a signed-in user");
  return user;
}
