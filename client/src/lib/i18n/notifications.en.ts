/** English texts of notifications; same keys as notificationsNl. */
export const notificationsEn = {
  heading: 'Notifications',
  bellLabel_one: 'Notifications, {{count}} unread',
  bellLabel_other: 'Notifications, {{count}} unread',
  unread_one: '{{count}} unread notification',
  unread_other: '{{count}} unread notifications',
  empty: 'You have no notifications yet.',
  allRead: 'Mark all as read',
  new: 'new',
  kinds: {
    'ambassador-question': '{{name}} asks you as an ambassador',
    reply: '{{name}} replied',
    'new-thread': '{{name}} started a thread',
    'bottleneck-status': '{{name}} moved the bottleneck to: {{status}}',
    'bottleneck-supported': '{{name}} says: us too',
    'bottleneck-merged': '{{name}} merged the bottleneck with another one',
    'action-assigned': '{{name}} gave you an action',
    'action-deleted': '{{name}} deleted an action of yours',
  },
};
