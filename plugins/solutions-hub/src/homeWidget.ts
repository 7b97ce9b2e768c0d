/**
 * The home page widget as both frontend systems describe it: the legacy
 * `SolutionsHubRecommendedCard` and the new system's `home-page-widget`.
 */
export const recommendedHomeWidget = {
  title: 'Recommended for your stage',
  description:
    'Solutions Hub tools for the stages of your Lab engagements and the next steps of your program standing',
  layout: {
    width: { minColumns: 3, defaultColumns: 4 },
    height: { minRows: 4, defaultRows: 6 },
  },
  components: () =>
    import('./components/RecommendedToolsCard').then(m => ({
      Content: m.RecommendedToolsCard,
    })),
};
