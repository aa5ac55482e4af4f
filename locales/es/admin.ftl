## La lista de usuarios (/admin/users) y la página de restablecimiento de contraseña.

admin-users-title = Usuarios
admin-pending-heading = Pendientes de aprobación ({ $n })
admin-no-pending = No hay registros pendientes.
admin-pending-caption = Registros pendientes
admin-col-name = Nombre
admin-col-group = Grupo
admin-col-organisation = Organización
admin-col-action = Acción
admin-approve = Aprobar
admin-approve-named = Aprobar a { $name }
admin-accounts-heading = Cuentas ({ $n })
admin-accounts-caption = Cuentas aprobadas y suspendidas
admin-col-settings = Rol, grupo, organización y estado
admin-you = (usted)
admin-role = Rol
admin-status = Estado
admin-status-active = Activa
admin-status-suspended = Suspendida
admin-save = Guardar
admin-save-named = Guardar los cambios de { $name }
admin-reset = Restablecer la contraseña
admin-reset-named = Restablecer la contraseña de { $name }
admin-reset-title = Restablecimiento de contraseña
admin-reset-explained = La contraseña del usuario { $user } es ahora este código de un solo uso. Entrégueselo por un canal de confianza; solo se muestra esta vez. Sus sesiones han terminado y, después de iniciar sesión con él, deberá elegir una contraseña nueva.
admin-back-to-users = Volver a los usuarios
