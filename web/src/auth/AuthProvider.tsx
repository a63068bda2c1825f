import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { ApiError, get, onSessionExpired, post, setCsrfToken } from "../api/client";
import type { User } from "../api/types";

type MeAnswer = User & { csrfToken?: string };
type LoginAnswer = { user: User; csrfToken?: string } & Partial<MeAnswer>;

type Auth = {
  /** The signed-in user; null when signed out; undefined while the session is being checked. */
  user: User | null | undefined;
  login(username: string, password: string): Promise<User>;
  logout(): Promise<void>;
  refresh(): Promise<void>;
};

const AuthContext = createContext<Auth | null>(null);

/** The user of an answer that is either the user itself or `{ user, csrfToken }`. */
function userOf(a: LoginAnswer | MeAnswer): User {
  return ("user" in a && a.user ? a.user : a) as User;
}

/** Keeps who is signed in, and their CSRF token, for the whole app. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null | undefined>(undefined);

  const refresh = useCallback(async () => {
    try {
      const me = await get<MeAnswer | LoginAnswer>("/api/me");
      setCsrfToken((me as MeAnswer).csrfToken);
      setUser(userOf(me));
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) setUser(null);
      else throw e;
    }
  }, []);

  useEffect(() => {
    refresh().catch(() => setUser(null));
    return onSessionExpired(() => setUser(null));
  }, [refresh]);

  const login = useCallback(async (username: string, password: string) => {
    const a = await post<LoginAnswer>("/api/auth/login", { username, password });
    setCsrfToken(a.csrfToken);
    const u = userOf(a);
    setUser(u);
    return u;
  }, []);

  const logout = useCallback(async () => {
    try {
      await post("/api/auth/logout");
    } finally {
      setCsrfToken(null);
      setUser(null);
    }
  }, []);

  const value = useMemo(() => ({ user, login, logout, refresh }), [user, login, logout, refresh]);
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
