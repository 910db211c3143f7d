// The start screen (#/): the welcome while the database is new (welcome.status), else the dashboard.
// Leaving the welcome ("Bắt đầu", or the demo data loaded) shows the dashboard for this session.
import { Spin } from 'antd';
import { useEffect, useState } from 'react';
import { invoke } from '../../api';
import { DashboardPage } from '../dashboard/DashboardPage';
import { WelcomePage } from './WelcomePage';

const DISMISSED = 'sohop.welcome.dismissed';

export function StartPage() {
  const [dismissed, setDismissed] = useState(() => sessionStorage.getItem(DISMISSED) === '1');
  const [firstRun, setFirstRun] = useState<boolean | null>(null);
  useEffect(() => {
    if (dismissed) return;
    let live = true;
    invoke('welcome.status', {}).then(
      (status) => live && setFirstRun(status.firstRun),
      // Without an answer the dashboard says what is wrong.
      () => live && setFirstRun(false),
    );
    return () => {
      live = false;
    };
  }, [dismissed]);

  if (dismissed || firstRun === false) return <DashboardPage />;
  if (firstRun === null) return <Spin description="Đang tải…" />;
  return (
    <WelcomePage
      onDone={() => {
        sessionStorage.setItem(DISMISSED, '1');
        setDismissed(true);
      }}
    />
  );
}
