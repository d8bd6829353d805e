using RoleTaxonomy.Dashboard;

// Usage: dotnet run --project samples/RoleTaxonomy.Dashboard [--urls http://127.0.0.1:5080]
await DashboardApp.Create(args).RunAsync().ConfigureAwait(false);
