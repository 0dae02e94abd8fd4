package dev.sportello.spring.boot.autoconfigure;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.adapters.jdbc.JdbcOfficeDirectory;
import dev.sportello.adapters.jdbc.JdbcStorage;
import dev.sportello.adapters.memory.MemoryStorage;
import dev.sportello.offices.spi.OfficeDirectory;
import dev.sportello.spi.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ClassUtils;

import javax.sql.DataSource;

/** The storage: JDBC on the application's one DataSource, else memory. */
final class StorageConfigurations {
    private static final Logger LOG = LoggerFactory.getLogger(StorageConfigurations.class);
    private static final String SPRING_JDBC = "org.springframework.jdbc.datasource.DataSourceUtils";

    private StorageConfigurations() {
    }

    /** JDBC storage and the JDBC office directory. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({JdbcStorage.class, DataSource.class})
    @ConditionalOnSingleCandidate(DataSource.class)
    static class Jdbc {
        @Bean
        @ConditionalOnMissingBean(UnitOfWork.class)
        JdbcStorage sportelloJdbcStorage(DataSource dataSource, SportelloProperties properties) {
            JdbcStorage storage = JdbcStorage.of(dataSource);
            if (properties.getStorage().isMigrate()) {
                storage.migrate();
            }
            if (properties.getStorage().isJoinHostTransactions()
                    && ClassUtils.isPresent(SPRING_JDBC, StorageConfigurations.class.getClassLoader())) {
                storage = storage.joiningHostTransactions(new SpringHostTransactions());
            }
            return storage;
        }

        @Bean
        @ConditionalOnMissingBean(OfficeDirectory.class)
        @ConditionalOnBean(JdbcStorage.class)
        @ConditionalOnProperty(prefix = "sportello.office-directory", name = "from-database", matchIfMissing = true)
        JdbcOfficeDirectory sportelloJdbcOfficeDirectory(DataSource dataSource, SportelloProperties properties) {
            try {
                return JdbcOfficeDirectory.of(dataSource, properties.getOfficeDirectory().getCacheFor());
            } catch (SportelloException e) {
                if (e.code() != ErrorCode.CONFIG_INVALID) {
                    throw e;
                }
                throw new InvalidConfigurationPropertyValueException("sportello.office-directory.cache-for",
                        properties.getOfficeDirectory().getCacheFor(), e.getMessage());
            }
        }
    }

    /** Memory storage when there is no DataSource (nothing survives a restart). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MemoryStorage.class)
    static class Memory {
        @Bean
        @ConditionalOnMissingBean(UnitOfWork.class)
        MemoryStorage sportelloMemoryStorage() {
            LOG.warn("Sportello runs on memory storage: no DataSource was found, and nothing survives a restart");
            return new MemoryStorage();
        }
    }
}
