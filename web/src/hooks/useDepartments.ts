import { useEffect, useState } from "react";
import type { Department } from "@domain/departments/registry";
import { listDepartments } from "../api/departments";

type State = { departments: Department[]; loading: boolean; error: Error | null };

let cache: Promise<Department[]> | null = null;
const listeners = new Set<() => void>();

/** Forgets the cached list (after 系统设置 changed departments), so every picker reloads. */
export function invalidateDepartments(): void {
  cache = null;
  listeners.forEach((fn) => fn());
}

/**
 * The center's departments in display order, loaded once and shared by every picker.
 *
 * @example
 * const { departments } = useDepartments();
 */
export function useDepartments(): State {
  const [state, setState] = useState<State>({ departments: [], loading: true, error: null });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    listeners.add(bump);
    return () => void listeners.delete(bump);
  }, []);
  useEffect(() => {
    let live = true;
    cache ??= listDepartments().catch((e) => {
      cache = null;
      throw e;
    });
    cache.then(
      (d) => live && setState({ departments: d, loading: false, error: null }),
      (e) => live && setState({ departments: [], loading: false, error: e as Error }),
    );
    return () => {
      live = false;
    };
  }, [version]);
  return state;
}
