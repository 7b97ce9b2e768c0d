import { ComputeClient } from './client.js';

/** ${{ values.description }} */
async function main() {
  const required = (name: string) => {
    const value = process.env[name];
    if (!value) throw new Error(`Set ${name} (see .env.example)`);
    return value;
  };
  const client = new ComputeClient({
    apiUrl: required('MERIDIAN_API_URL'),
    tokenUrl: required('MERIDIAN_TOKEN_URL'),
    clientId: required('MERIDIAN_CLIENT_ID'),
    clientSecret: required('MERIDIAN_CLIENT_SECRET'),
  });
  for (const vm of await client.listVirtualMachines()) {
    console.log(`${vm.name}\t${vm.powerState}\t${vm.cpuCount} vCPU\t${vm.memoryMiB} MiB`);
  }
}

main().catch(error => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
