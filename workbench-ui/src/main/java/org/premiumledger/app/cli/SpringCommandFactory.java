package org.premiumledger.app.cli;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/** Lets picocli's commands take Spring beans in their constructors. */
final class SpringCommandFactory implements CommandLine.IFactory {

  private final ConfigurableApplicationContext context;

  SpringCommandFactory(ConfigurableApplicationContext context) {
    this.context = context;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    if (type.getPackageName().startsWith("org.premiumledger")) {
      return context.getAutowireCapableBeanFactory().createBean(type);
    }
    return CommandLine.defaultFactory().create(type);
  }
}
