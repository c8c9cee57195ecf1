import { createRoot } from 'react-dom/client';
import { Welcome } from './Welcome';
import '@/src/settings/settings-page.css';

createRoot(document.getElementById('root')!).render(<Welcome />);
