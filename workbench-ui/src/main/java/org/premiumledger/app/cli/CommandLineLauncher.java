package org.premiumledger.app.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/**
 * Splits the command line into what Spring reads (the data directory and {@code --spring.*} style
 * properties, the same for the server and every subcommand) and the subcommand with its own
 * options, then runs the subcommand in a Spring context without a web server or schedulers.
 */
public final class CommandLineLauncher {

  private static final Set<String> SUBCOMMANDS =
      Set.of("bill", "ledger", "import", "export", "projections", "ach");

  private CommandLineLauncher() {}

  public record Invocation(
      List<String> subcommand, String[] springArguments, Map<String, Object> springProperties) {}

  public static Invocation parse(String[] args) {
    List<String> spring = new ArrayList<>();
    List<String> subcommand = new ArrayList<>();
    Map<String, Object> properties = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--demo")) {
        properties.put("premium-ledger.demo", "true");
      } else if (arg.equals("--data-dir") && i + 1 < args.length) {
        properties.put("premium-ledger.data-dir", args[++i]);
      } else if (arg.startsWith("--data-dir=")) {
        properties.put("premium-ledger.data-dir", arg.substring("--data-dir=".length()));
      } else if (subcommand.isEmpty() && arg.equals("--demo")) {
        properties.put("premium-ledger.demo", "true");
      } else if (subcommand.isEmpty() && isSpringProperty(arg)) {
        spring.add(arg);
      } else if (!subcommand.isEmpty() || SUBCOMMANDS.contains(arg)) {
        subcommand.add(arg);
      } else {
        spring.add(arg);
      }
    }
    extractSpringPropertiesAfterSubcommand(subcommand, spring);
    return new Invocation(subcommand, spring.toArray(String[]::new), properties);
  }

  /** Datasource and other properties may follow the subcommand too. */
  private static void extractSpringPropertiesAfterSubcommand(
      List<String> subcommand, List<String> spring) {
    subcommand.removeIf(
        arg -> {
          if (isSpringProperty(arg)) {
            spring.add(arg);
            return true;
          }
          return false;
        });
  }

  private static boolean isSpringProperty(String arg) {
    return arg.startsWith("--spring.")
        || arg.startsWith("--premium-ledger.")
        || arg.startsWith("--server.")
        || arg.startsWith("--logging.")
        || arg.startsWith("--axon.");
  }

  /** Subcommands that modules contribute as beans (the ledger's {@code bill}, say). */
  private static void addModuleSubcommands(
      CommandLine commandLine, ConfigurableApplicationContext context) {
    context
        .getBeansWithAnnotation(CommandLine.Command.class)
        .values()
        .forEach(
            bean -> {
              String name = bean.getClass().getAnnotation(CommandLine.Command.class).name();
              if (!commandLine.getSubcommands().containsKey(name)) {
                commandLine.addSubcommand(name, bean);
              }
            });
  }

  public static int run(Class<?> application, Invocation invocation) {
    Map<String, Object> properties = new HashMap<>(invocation.springProperties());
    properties.put("db-scheduler.enabled", "false");
    properties.put("spring.main.banner-mode", "off");
    properties.put("logging.level.root", "WARN");
    properties.put("premium-ledger.command-line", "true");
    // A subcommand runs without a web server, so Vaadin's web configuration has nothing to serve.
    properties.put(
        "spring.autoconfigure.exclude",
        "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
            + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration");
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(application)
            .web(WebApplicationType.NONE)
            .properties(properties)
            .run(invocation.springArguments())) {
      CommandLine commandLine =
          new CommandLine(PremiumLedgerCommand.class, new SpringCommandFactory(context));
      addModuleSubcommands(commandLine, context);
      return commandLine.execute(invocation.subcommand().toArray(String[]::new));
    }
  }
}
