export { CollabProvider, type CollabProviderEvents, type CollabStatus } from './collab-provider';
export { createCollabSocket, type CollabSocket } from './collab-socket';
