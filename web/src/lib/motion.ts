/**
 * True when the clerk asked the system for less motion (Windows “显示动画” off, or a remote
 * desktop that does it for them): dialogs, menus, messages (main.tsx's theme) and charts
 * (EChart) then appear without their animations.
 */
export const reducedMotion: boolean = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;
