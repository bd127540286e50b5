import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { AreaPlaceholderPage } from './features/areas/AreaPlaceholderPage';
import { AREAS } from './features/areas/areas';
import { LoginPage } from './features/auth/LoginPage';
import { RegisterPage } from './features/auth/RegisterPage';
import { GuestOnly, RequireAuth } from './features/auth/RequireAuth';
import { HomePage } from './features/home/HomePage';
import { ProfilePage } from './features/profile/ProfilePage';
import { ConversationPage } from './features/statements/ConversationPage';
import { ConversationsPage } from './features/statements/ConversationsPage';
import { CafesPage } from './features/cafes/CafesPage';
import { IntervisionPage } from './features/intervision/IntervisionPage';
import { TechnologyPage } from './features/intervision/TechnologyPage';
import { ThreadPage } from './features/intervision/ThreadPage';
import { BottleneckPage } from './features/bottlenecks/BottleneckPage';
import { BottlenecksPage } from './features/bottlenecks/BottlenecksPage';
import { DashboardPage } from './features/bottlenecks/DashboardPage';
import { NewBottleneckPage } from './features/bottlenecks/NewBottleneckPage';
import { MeetingPage } from './features/meetings/MeetingPage';
import { MeetingsPage } from './features/meetings/MeetingsPage';
import { MyActionsPage } from './features/meetings/MyActionsPage';
import { AppLayout } from './ui/AppLayout';
import { NotFoundPage } from './ui/NotFoundPage';
import { PageLoader } from './ui/PageLoader';

// The editor (TipTap, Yjs) is most of the bundle; only people who open the notes load it.
const NotesPage = lazy(() => import('./features/notes/NotesPage').then(({ NotesPage }) => ({ default: NotesPage })));
const CafePage = lazy(() => import('./features/cafes/CafePage').then(({ CafePage }) => ({ default: CafePage })));

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route element={<GuestOnly />}>
          <Route path="/inloggen" element={<LoginPage />} />
          <Route path="/registreren" element={<RegisterPage />} />
        </Route>
        <Route element={<RequireAuth />}>
          <Route index element={<HomePage />} />
          <Route path="/profiel" element={<ProfilePage />} />
          <Route
            path="/notities"
            element={
              <Suspense fallback={<PageLoader />}>
                <NotesPage />
              </Suspense>
            }
          />
          <Route path="/wereldcafe" element={<CafesPage />} />
          <Route
            path="/wereldcafe/:id"
            element={
              <Suspense fallback={<PageLoader />}>
                <CafePage />
              </Suspense>
            }
          />
          <Route path="/stellingen" element={<ConversationsPage />} />
          <Route path="/stellingen/:id" element={<ConversationPage />} />
          <Route path="/intervisie" element={<IntervisionPage />} />
          <Route path="/intervisie/:technologyId" element={<TechnologyPage />} />
          <Route path="/intervisie/draad/:threadId" element={<ThreadPage />} />
          <Route path="/knelpunten" element={<BottlenecksPage />} />
          <Route path="/knelpunten/nieuw" element={<NewBottleneckPage />} />
          <Route path="/knelpunten/dashboard" element={<DashboardPage />} />
          <Route path="/knelpunten/:id" element={<BottleneckPage />} />
          <Route path="/bijeenkomsten" element={<MeetingsPage />} />
          <Route path="/bijeenkomsten/:id" element={<MeetingPage />} />
          <Route path="/acties" element={<MyActionsPage />} />
          {AREAS.filter(({ available }) => !available).map(({ key, path }) => (
            <Route key={key} path={path} element={<AreaPlaceholderPage area={key} />} />
          ))}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
