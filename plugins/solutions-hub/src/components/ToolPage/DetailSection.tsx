import { ReactNode } from 'react';
import { Text } from '@backstage/ui';
import Box from '@material-ui/core/Box';

/** A titled section of the tool page (`h3` under the tool's `h2`). */
export function DetailSection(props: {
  title: string;
  children: ReactNode;
  id?: string;
}) {
  const { title, children, id } = props;
  const headingId = `solutions-hub-section-${
    id ?? title.replace(/\W+/g, '-').toLowerCase()
  }`;
  return (
    <Box component="section" aria-labelledby={headingId} mb={4}>
      <Text as="h3" variant="title-x-small" id={headingId}>
        {title}
      </Text>
      <Box mt={1}>{children}</Box>
    </Box>
  );
}
