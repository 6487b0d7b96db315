import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  manifest: {
    name: 'Talontapa',
    description: 'House-style warnings and reply templates for customer-service agents.',
    permissions: ['sidePanel', 'storage'],
    action: { default_title: 'Talontapa' },
  },
});
