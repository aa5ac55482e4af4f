## La lista de usuarios (/admin/users) y la página de restablecimiento de contraseña.

admin-users-title = Usuarios
admin-col-name = Nombre
admin-col-group = Grupo
admin-col-organisation = Organización
admin-approve = Aprobar
admin-you = (usted)
admin-role = Rol
admin-status = Estado
admin-status-active = Activa
admin-status-suspended = Suspendida
admin-save = Guardar
admin-reset = Restablecer la contraseña
admin-reset-title = Restablecimiento de contraseña
admin-reset-explained = La contraseña del usuario { $user } es ahora este código de un solo uso. Entrégueselo por un canal de confianza; solo se muestra esta vez. Sus sesiones han terminado y, después de iniciar sesión con él, deberá elegir una contraseña nueva.
admin-back-to-users = Volver a los usuarios
admin-find = Buscar cuentas
admin-search = Nombre, correo electrónico u organización
admin-any-status = Cualquier estado
admin-any-role = Cualquier función
admin-any-group = Cualquier grupo
admin-show = Mostrar
admin-result-count = { $n ->
    [one] 1 cuenta
   *[other] { $count } cuentas
}
admin-accounts-list-caption = Cuentas
admin-pages = Páginas de cuentas
admin-previous-page = Página anterior
admin-next-page = Página siguiente
admin-page-of = Página { $page } de { $pages }
admin-status-pending = Pendiente de aprobación
admin-status-rejected = Rechazada
admin-edit-heading = Función, grupo y organización
admin-own-role = No puede cambiar su propia función.
admin-actions-heading = Acciones sobre la cuenta
admin-reinstate = Reactivar
admin-reject = Rechazar el registro…
admin-suspend = Suspender la cuenta…
admin-reject-title = ¿Rechazar este registro?
admin-reject-explained = { $name } no podrá iniciar sesión con este registro. La cuenta se conserva, marcada como rechazada, y su motivo queda anotado en el registro de auditoría.
admin-reject-confirm = Rechazar el registro
admin-reject-reason = Motivo (opcional)
admin-reject-reason-hint = 500 caracteres como máximo, anotados en el registro de auditoría.
admin-suspend-title = ¿Suspender esta cuenta?
admin-suspend-explained = Se cerrarán todas las sesiones de { $name } y no podrá iniciar sesión hasta que se reactive la cuenta.
admin-suspend-confirm = Suspender la cuenta
admin-reset-confirm-title = ¿Restablecer esta contraseña?
admin-reset-confirm-explained = La contraseña de { $name } se sustituirá por un código de un solo uso, que verá una sola vez. Se cerrarán todas sus sesiones y deberá elegir una contraseña nueva la próxima vez que inicie sesión.
admin-reset-confirm = Restablecer la contraseña
admin-cancel = Cancelar y volver a la cuenta
admin-done-approved = El registro de { $name } está aprobado: ya puede iniciar sesión.
admin-done-rejected = El registro de { $name } está rechazado: no puede iniciar sesión.
admin-done-saved = Los cambios en la cuenta de { $name } están guardados.
admin-done-suspended = La cuenta de { $name } está suspendida y todas sus sesiones se han cerrado.
admin-done-reinstated = La cuenta de { $name } vuelve a estar activa y puede iniciar sesión.
admin-back-to-account = Volver a la cuenta
