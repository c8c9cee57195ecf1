import { createRoot } from 'react-dom/client';
import { Options } from './Options';
import '@/src/settings/settings-page.css';

createRoot(document.getElementById('root')!).render(<Options />);
