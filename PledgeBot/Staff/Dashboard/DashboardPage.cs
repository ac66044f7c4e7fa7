namespace PledgeBot.Staff.Dashboard;

/// <summary>The dashboard's shell, <c>wwwroot/staff/dashboard.html</c>, read once: markup only, no data and no key.</summary>
public sealed class DashboardPage(IWebHostEnvironment environment)
{
    private readonly Lazy<string> _html = new(() =>
    {
        var file = environment.WebRootFileProvider.GetFileInfo("staff/dashboard.html");
        using var reader = new StreamReader(file.CreateReadStream());
        return reader.ReadToEnd();
    });

    public string Html => _html.Value;
}
