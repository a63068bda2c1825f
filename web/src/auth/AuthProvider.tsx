import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
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
  /**
   * True when the server has ended the session (401) while the app was open: the page
   * stays, with a sign-in dialog over it (SessionDialog), so nothing typed is lost.
   */
  expired: boolean;
  /** Counts sign-ins after an expiry; screens with pending work retry when it changes. */
  resumed: number;
  /** Why the app is on 登录: "expired" when a session ended rather than never began. */
  endedWhy: "expired" | null;
  /** Signs the same account in again after an expiry, keeping the page. */
  resume(password: string): Promise<void>;
  /** Gives up the page after an expiry and goes to 登录. */
  leave(): void;
};

const AuthContext = createContext<Auth | null>(null);

/** Keeps who is signed in, their center and their CSRF token, for the whole app. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [expired, setExpired] = useState(false);
  const [resumed, setResumed] = useState(0);
  const [endedWhy, setEndedWhy] = useState<"expired" | null>(null);
  const signedIn = useRef(false);
  signedIn.current = !!me;

  const accept = useCallback((m: Me) => {
    setCsrfToken(m.csrfToken);
    setMe(m);
  }, []);

  const refresh = useCallback(async () => {
    try {
      accept(await get<Me>("/api/me"));
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) {
        // The server names an ended session (idle or too old) "expired"; a missing one "none".
        if ((e.details as { reason?: string } | null)?.reason === "expired") setEndedWhy("expired");
        setMe(null);
      } else throw e;
    }
  }, [accept]);

  useEffect(() => {
    refresh().catch(() => setMe(null));
    // Signed in: keep the page and ask for the password over it; not signed in: 登录.
    return onSessionExpired(() => (signedIn.current ? setExpired(true) : setMe(null)));
  }, [refresh]);

  const login = useCallback(
    async (username: string, password: string) => {
      await ensureCsrf();
      const m = await post<Me>("/api/auth/login", { username, password });
      accept(m);
      setExpired(false);
      setEndedWhy(null);
      return m.user;
    },
    [accept],
  );

  const resume = useCallback(
    async (password: string) => {
      if (!me) throw new Error("没有可恢复的登录。");
      await login(me.user.username, password);
      setResumed((n) => n + 1);
    },
    [me, login],
  );

  const leave = useCallback(() => {
    setCsrfToken(null);
    setExpired(false);
    setEndedWhy("expired");
    setMe(null);
  }, []);

  const logout = useCallback(async () => {
    try {
      await post("/api/auth/logout");
    } finally {
      setCsrfToken(null);
      setEndedWhy(null);
      setMe(null);
    }
  }, []);

  const changePassword = useCallback(
    async (currentPassword: string, newPassword: string) => accept(await put<Me>("/api/me/password", { currentPassword, newPassword })),
    [accept],
  );

  const value = useMemo(
    () => ({ user: me === undefined ? undefined : (me?.user ?? null), center: me?.center ?? null, login, logout, refresh, changePassword, expired, resumed, endedWhy, resume, leave }),
    [me, login, logout, refresh, changePassword, expired, resumed, endedWhy, resume, leave],
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
