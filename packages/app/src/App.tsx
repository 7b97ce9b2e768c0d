import { createApp } from '@backstage/frontend-defaults';
import { navModule } from './modules/nav';
import { homeModule } from './modules/home';
import { signInModule } from './modules/signIn';

/**
 * The Partner Studio portal. Plugins listed in package.json are discovered
 * (`app.packages: all`); the modules here add the sidebar, the sign-in page
 * and the home page widgets.
 */
export default createApp({
  features: [navModule, signInModule, homeModule],
});
