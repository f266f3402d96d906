import { ConnectionType } from '@housing-hub/subgraph-kit';
import { Meeting } from './meeting.entity.js';

/** The Relay connection of meetings (in date order), with the kit's shared `PageInfo`. */
export const MeetingConnection = ConnectionType(Meeting, 'Meeting');
