using OpenTelemetry.Metrics;

// A minimal API that logs through ILogger<T>, with LogKit configured from appsettings.json:
// a console and a rolling CLEF file, per-namespace levels, and a request-scoped context.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders().AddLogKit(builder.Configuration.GetSection("LogKit"));

// LogKit's own metrics (events by level, sink outcomes, queue fill, latencies) on /metrics for Prometheus,
// through OpenTelemetry's ASP.NET Core exporter: the app's MeterProvider adds the "LogKit" meter.
builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddMeter("LogKit").AddPrometheusExporter());

var app = builder.Build();

// Every event written while a request is handled carries its RequestId and User: the scope goes
// onto LogKit's context, so Log.Information(...) calls inside the request carry them too.
app.Use(async (context, next) =>
{
    var logger = context.RequestServices.GetRequiredService<ILogger<Program>>();
    var user = context.Request.Headers["X-User"].FirstOrDefault() ?? "anonymous";
    using (logger.BeginScope(new Dictionary<string, object?> { ["RequestId"] = context.TraceIdentifier, ["User"] = user }))
        await next(context);
});

app.MapGet("/orders/{id:int}", (int id, ILogger<Program> logger) =>
{
    logger.LogInformation("Fetching order {OrderId}", id);
    if (id <= 0)
    {
        logger.LogWarning("Order {OrderId} does not exist", id);
        return Results.NotFound();
    }
    LogKit.Log.Debug("Cache lookup for {OrderId}", id);   // the static facade shares the pipeline
    return Results.Ok(new { id, status = "shipped" });
});

app.MapPrometheusScrapingEndpoint();   // GET /metrics

app.Run();
