package org.enlace.crm.common.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Brings the schema up to date before anything else touches the database. Migrations own the
 * schema; EclipseLink never generates DDL. Liquibase commits on its own connection, so this bean
 * manages its (absent) transactions itself: a container transaction would hold the connection in a
 * global transaction that Derby's XA connection refuses to commit locally (seen on Payara).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

    static final String CHANGELOG = "db/changelog/db.changelog-master.xml";
    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @PostConstruct
    void migrate() {
        try (Connection connection = CrmDataSource.lookup().getConnection()) {
            Database database =
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            @SuppressWarnings("deprecation")
            Liquibase liquibase = new Liquibase(
                    CHANGELOG, new ClassLoaderResourceAccessor(getClass().getClassLoader()), database);
            liquibase.update(new Contexts(), new LabelExpression());
            LOG.info(() -> "Database schema is up to date (" + database.getDatabaseProductName() + ")");
        } catch (SQLException | LiquibaseException e) {
            throw new IllegalStateException("Database migration failed; the application cannot start", e);
        }
    }
}
