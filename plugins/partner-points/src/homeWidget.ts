/**
 * The home page widget as both frontend systems describe it: the legacy
 * `PartnerPointsHomeCard` and the new system's `home-page-widget`.
 */
export const standingHomeWidget = {
  title: 'Program standing',
  description:
    "Your partner organisation's tier, points, progress and next best actions",
  layout: {
    width: { minColumns: 4, defaultColumns: 6 },
    height: { minRows: 5, defaultRows: 8 },
  },
  components: () =>
    import('./components/PartnerPointsWidget').then(m => ({
      Content: m.PartnerPointsWidget,
    })),
};
