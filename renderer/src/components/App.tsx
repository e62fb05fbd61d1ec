/**
 * Root: theme, notifications and access. In browser mode without a valid
 * token nothing else can work, so that case gets a page of its own.
 */
import { useEffect, useState } from 'react';
import { currentAccess, onAccessChange, type Access } from '../api/client';
import { ToastContext, useToastState } from '../hooks/use-toasts';
import { useTheme } from '../hooks/use-theme';
import { AccessProblem } from './AccessProblem';
import { Toaster } from './Toaster';
import { Workspace } from './Workspace';

export function App() {
  const theme = useTheme();
  const { toasts, api } = useToastState();
  const [access, setAccess] = useState<Access>(currentAccess);
  useEffect(() => onAccessChange(setAccess), []);

  if (access.kind === 'no-token' || access.kind === 'token-rejected') {
    return <AccessProblem rejected={access.kind === 'token-rejected'} />;
  }
  return (
    <ToastContext value={api}>
      <Workspace theme={theme.preference} onTheme={theme.setPreference} />
      <Toaster toasts={toasts} onDismiss={api.dismiss} />
    </ToastContext>
  );
}
